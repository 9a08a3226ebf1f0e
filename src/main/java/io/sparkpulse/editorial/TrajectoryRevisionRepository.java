package io.sparkpulse.editorial;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface TrajectoryRevisionRepository extends JpaRepository<TrajectoryRevision, Long> {

	@Query("select coalesce(max(r.revision), 0) from TrajectoryRevision r where r.productId = :productId")
	int latestRevision(long productId);

}
