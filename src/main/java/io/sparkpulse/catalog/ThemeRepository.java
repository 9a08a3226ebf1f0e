package io.sparkpulse.catalog;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ThemeRepository extends JpaRepository<Theme, Long> {

	List<Theme> findBySlugIn(Collection<String> slugs);

}
