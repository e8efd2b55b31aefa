package no.medvirk.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import no.medvirk.engine.IdentityChanged;
import org.apache.commons.codec.digest.DigestUtils;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationProvider;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.context.event.EventListener;
import org.springframework.http.HttpHeaders;

/**
 * HTTP Basic logins to the engine's REST API, remembered for {@link #REMEMBERED}. Otherwise every request checks the
 * password and reads the caller's groups and tenants, three engine commands each (a client polling its task list
 * paid more for who it is than for its tasks); a Tasklist session likewise keeps its user's groups for minutes.
 *
 * <p>Only a successful login is remembered, under a SHA-256 of its header and the engine's name, never the password
 * itself; a wrong password is checked, and counted towards Camunda's lockout, every time (a client that logged in
 * with the right one keeps working while someone guessing has the user held back). Any change of a user, group,
 * tenant or membership made through this node's engine forgets them all ({@link IdentityChanged}); one made on
 * another node of a cluster holds here once the {@link #REMEMBERED} have passed.
 */
class BasicLogins implements AuthenticationProvider {

    static final Duration REMEMBERED = Duration.ofSeconds(30);

    private final HttpBasicAuthenticationProvider basic = new HttpBasicAuthenticationProvider();
    private final Cache<String, Login> logins = Caffeine.newBuilder().expireAfterWrite(REMEMBERED)
            .maximumSize(10_000).build();

    @Override
    public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null) {
            return AuthenticationResult.unsuccessful();
        }
        String key = DigestUtils.sha256Hex(engine.getName() + "\n" + header);
        Login login = logins.getIfPresent(key);
        if (login == null) {
            AuthenticationResult checked = basic.extractAuthenticatedUser(request, engine);
            if (!checked.isAuthenticated()) {
                return checked;
            }
            String userId = checked.getAuthenticatedUser();
            var identity = engine.getIdentityService();
            // As the engine's own REST filter asks, tenants including those of the user's groups.
            login = new Login(userId,
                    identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList(),
                    identity.createTenantQuery().userMember(userId).includingGroupsOfUser(true).list().stream()
                            .map(Tenant::getId).toList());
            logins.put(key, login);
        }
        AuthenticationResult result = AuthenticationResult.successful(login.userId());
        result.setGroups(login.groups());
        result.setTenants(login.tenants());
        return result;
    }

    @Override
    public void augmentResponseByAuthenticationChallenge(HttpServletResponse response, ProcessEngine engine) {
        basic.augmentResponseByAuthenticationChallenge(response, engine);
    }

    @EventListener(IdentityChanged.class)
    void forgetAll() {
        logins.invalidateAll();
    }

    /**
     * The engine's REST filter with these logins, instead of one it makes itself from a class name; and the engine
     * it addresses found once, not through a {@code ServiceLoader} each request (which opens and parses the services
     * file and makes a provider each time; {@link ServiceFilesOnce} spares the search for the file, not that).
     */
    ProcessEngineAuthenticationFilter filter() {
        Map<String, ProcessEngine> engines = new ConcurrentHashMap<>();
        return new ProcessEngineAuthenticationFilter() {
            @Override
            public void init(FilterConfig filterConfig) throws ServletException {
                super.init(filterConfig);
                authenticationProvider = BasicLogins.this;
            }

            @Override
            protected ProcessEngine getAddressedEngine(String engineName) {
                // An engine name no engine has stays unremembered (null), and is answered as the engine's filter does.
                return engines.computeIfAbsent(String.valueOf(engineName),
                        name -> super.getAddressedEngine(engineName));
            }
        };
    }

    private record Login(String userId, List<String> groups, List<String> tenants) {
    }
}
