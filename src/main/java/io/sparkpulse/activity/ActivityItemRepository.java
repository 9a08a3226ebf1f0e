package io.sparkpulse.activity;

import org.springframework.data.jpa.repository.JpaRepository;

interface ActivityItemRepository extends JpaRepository<ActivityItem, Long> {

}
