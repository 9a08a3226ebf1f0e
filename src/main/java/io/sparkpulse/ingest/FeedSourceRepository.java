package io.sparkpulse.ingest;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface FeedSourceRepository extends JpaRepository<FeedSource, Long> {

	Optional<FeedSource> findByProductIdAndUrl(long productId, String url);

}
