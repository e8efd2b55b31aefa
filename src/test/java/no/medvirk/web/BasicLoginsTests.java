package no.medvirk.web;

import static org.assertj.core.api.Assertions.assertThat;

import no.medvirk.MedvirkTest;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;

/** A Basic login to the engine's REST API is remembered until users, groups or memberships change. */
@MedvirkTest
class BasicLoginsTests {

    private static final String USER = "basic-login-test";
    private static final String PASSWORD = "Basic-Login-2026!";

    @Autowired
    TestRestTemplate rest;
    @Autowired
    IdentityService identityService;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void createUser() {
        User user = identityService.newUser(USER);
        user.setPassword(PASSWORD);
        identityService.saveUser(user);
    }

    @AfterEach
    void deleteUser() {
        identityService.deleteUser(USER);
    }

    @Test
    void shouldRememberALoginUntilTheUsersChange() {
        assertThat(taskCount(PASSWORD)).isEqualTo(200);
        // The password changed behind the engine's back: the login is still remembered...
        jdbc.update("update ACT_ID_USER set (PWD_, SALT_) = (select PWD_, SALT_ from ACT_ID_USER where ID_ = 'kari')"
                + " where ID_ = ?", USER);
        assertThat(taskCount(PASSWORD)).isEqualTo(200);
        // ...until the engine changes a user, group or membership: then the password is checked again.
        identityService.createMembership(USER, "service-centre");
        assertThat(taskCount(PASSWORD)).isEqualTo(401);
    }

    @Test
    void shouldCheckAWrongPasswordEachTimeWhileTheRightOneIsRemembered() {
        assertThat(taskCount(PASSWORD)).isEqualTo(200);

        assertThat(taskCount("wrong")).isEqualTo(401);
        // Counted towards Camunda's lockout, which holds back the next password checks...
        assertThat(jdbc.queryForObject("select ATTEMPTS_ from ACT_ID_USER where ID_ = ?", Integer.class, USER))
                .isEqualTo(1);
        assertThat(taskCount("also wrong")).isEqualTo(401);
        // ...but not a client that logged in with the right one before: a guesser cannot lock it out.
        assertThat(taskCount(PASSWORD)).isEqualTo(200);
    }

    private int taskCount(String password) {
        return rest.withBasicAuth(USER, password).getForEntity("/engine-rest/task/count", String.class)
                .getStatusCode().value();
    }
}
