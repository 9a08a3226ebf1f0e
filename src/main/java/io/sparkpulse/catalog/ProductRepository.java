package io.sparkpulse.catalog;

import org.springframework.data.jpa.repository.JpaRepository;

interface ProductRepository extends JpaRepository<Product, Long> {

	boolean existsBySlug(String slug);

}
