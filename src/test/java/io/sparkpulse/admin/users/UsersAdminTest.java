package io.sparkpulse.admin.users;

import java.util.List;
import java.util.UUID;

import io.sparkpulse.admin.TestAccounts;
import io.sparkpulse.support.Html;
import io.sparkpulse.support.PageTest;
import jakarta.servlet.http.Cookie;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Admins create accounts, reset passwords and disable accounts; the changes take effect
 * on sign-in and on open sessions. Accounts are never deleted, so each test uses
 * addresses of its own.
 */
@PageTest
class UsersAdminTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationContext context;

	SignedInEditor admin;

	@BeforeEach
	void admin() {
		this.admin = new TestAccounts(this.context).ensure("admin@users.test", Role.ADMIN);
	}

	@Test
	void anAdminCreatesAnEditorWhoCanThenSignIn() throws Exception {
		this.mvc
			.perform(post("/admin/users").with(user(this.admin))
				.with(csrf())
				.param("email", " New.Editor@Users.test ")
				.param("displayName", "New Editor")
				.param("role", "EDITOR")
				.param("password", " a long first password "))
			.andExpect(redirectedUrl("/admin/users"));
		assertThat(this.jdbc
			.sql("select role || ' ' || display_name from editor_account where email = 'new.editor@users.test'")
			.query(String.class)
			.single()).isEqualTo("EDITOR New Editor");
		assertThat(this.jdbc.sql("select password_hash from editor_account where email = 'new.editor@users.test'")
			.query(String.class)
			.single()).startsWith("{bcrypt}");
		assertThat(signIn("new.editor@users.test", " a long first password ", "127.0.0.31")).isNotNull();
		assertThat(this.jdbc.sql(
				"select summary from audit_entry where action = 'account.create' and summary like '%new.editor@users.test'")
			.query(String.class)
			.list()).hasSize(1);
	}

	@Test
	void accountEntriesOfTheAuditLogAreShownToAdminsOnly() throws Exception {
		String email = "audited-" + UUID.randomUUID().toString().substring(0, 8) + "@users.test";
		this.mvc
			.perform(post("/admin/users").with(user(this.admin))
				.with(csrf())
				.param("email", email)
				.param("displayName", "Audited Editor")
				.param("role", "EDITOR")
				.param("password", "a long first password"))
			.andExpect(redirectedUrl("/admin/users"));
		SignedInEditor editor = new TestAccounts(this.context).ensure("reader@users.test", Role.EDITOR);
		for (String path : List.of("/admin/audit", "/admin")) {
			String asAdmin = this.mvc.perform(get(path).with(user(this.admin)))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(asAdmin).as(path).contains(email);
			String asEditor = this.mvc.perform(get(path).with(user(editor)))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(asEditor).as(path).doesNotContain(email).doesNotContain("Created editor account");
		}
	}

	@Test
	void aWeakPasswordOrATakenAddressKeepsTheFormAndCreatesNothing() throws Exception {
		Document weak = Html.parse(
				this.mvc
					.perform(post("/admin/users").with(user(this.admin))
						.with(csrf())
						.param("email", "weak@users.test")
						.param("displayName", "Weak")
						.param("role", "EDITOR")
						.param("password", "short"))
					.andExpect(status().isOk())
					.andReturn());
		assertThat(weak.selectFirst("#password-error").text()).isEqualTo("Password: use 12 to 64 characters.");
		assertThat(weak.selectFirst("#password").val()).isEmpty();
		Document taken = Html.parse(
				this.mvc
					.perform(post("/admin/users").with(user(this.admin))
						.with(csrf())
						.param("email", "ADMIN@users.test")
						.param("displayName", "Twin")
						.param("role", "ADMIN")
						.param("password", "a long enough password"))
					.andExpect(status().isOk())
					.andReturn());
		assertThat(taken.selectFirst("#email-error").text())
			.isEqualTo("E-mail address: an account with this address exists already.");
		assertThat(this.jdbc.sql("select count(*) from editor_account where email in ('weak@users.test')")
			.query(Integer.class)
			.single()).isZero();
	}

	@Test
	void disablingAnAccountEndsItsSessionsAndRefusesItsSignIn() throws Exception {
		SignedInEditor editor = new TestAccounts(this.context).ensure("leaving@users.test", Role.EDITOR);
		Cookie session = signIn("leaving@users.test", TestAccounts.PASSWORD, "127.0.0.32");
		this.mvc.perform(get("/admin").cookie(session)).andExpect(status().isOk());

		this.mvc
			.perform(post("/admin/users/" + idOf(editor) + "/enabled").with(user(this.admin))
				.with(csrf())
				.param("enabled", "false"))
			.andExpect(redirectedUrl("/admin/users"));

		this.mvc.perform(get("/admin").cookie(session)).andExpect(redirectedUrl("/login"));
		this.mvc
			.perform(post("/login").with(csrf())
				.param("email", "leaving@users.test")
				.param("password", TestAccounts.PASSWORD))
			.andExpect(redirectedUrl("/login?error"));
	}

	@Test
	void resettingAPasswordReplacesTheOldOne() throws Exception {
		SignedInEditor editor = new TestAccounts(this.context).ensure("forgot@users.test", Role.EDITOR);
		this.mvc
			.perform(post("/admin/users/" + idOf(editor) + "/password").with(user(this.admin))
				.with(csrf())
				.param("password", "a brand new password")
				.param("confirmation", "a different password"))
			.andExpect(status().isOk());
		this.mvc
			.perform(post("/admin/users/" + idOf(editor) + "/password").with(user(this.admin))
				.with(csrf())
				.param("password", "a brand new password")
				.param("confirmation", "a brand new password"))
			.andExpect(redirectedUrl("/admin/users"));
		this.mvc
			.perform(post("/login").with(csrf())
				.param("email", "forgot@users.test")
				.param("password", TestAccounts.PASSWORD))
			.andExpect(redirectedUrl("/login?error"));
		assertThat(signIn("forgot@users.test", "a brand new password", "127.0.0.33")).isNotNull();
	}

	@Test
	void anAdminCannotDisableTheirOwnAccount() throws Exception {
		this.mvc
			.perform(post("/admin/users/" + idOf(this.admin) + "/enabled").with(user(this.admin))
				.with(csrf())
				.param("enabled", "false"))
			.andExpect(flash().attribute("problem", "You cannot disable your own account."));
		assertThat(this.jdbc.sql("select enabled from editor_account where email = 'admin@users.test'")
			.query(Boolean.class)
			.single()).isTrue();
	}

	private Cookie signIn(String email, String password, String address) throws Exception {
		return this.mvc.perform(post("/login").with(csrf()).with((request) -> {
			request.setRemoteAddr(address);
			return request;
		}).param("email", email).param("password", password))
			.andExpect(redirectedUrl("/admin"))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
	}

	private long idOf(SignedInEditor account) {
		return account.actor().id();
	}

}
