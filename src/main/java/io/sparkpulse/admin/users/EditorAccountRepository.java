package io.sparkpulse.admin.users;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface EditorAccountRepository extends JpaRepository<EditorAccount, Long> {

	Optional<EditorAccount> findByEmail(String email);

	boolean existsByEmail(String email);

	boolean existsByRoleAndEnabledTrue(Role role);

	List<EditorAccount> findAllByOrderByEmail();

}
