package io.sparkpulse.catalog;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface SectorRepository extends JpaRepository<Sector, Long> {

	Optional<Sector> findBySlug(String slug);

}
