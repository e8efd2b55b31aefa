package bare;

import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;

/**
 * The baseline of .ci/benchmark-lifecycle: Spring Boot and Camunda as they come, running
 * bare-lifecycle.bpmn (start, a service task that does nothing, three user tasks, end) with the
 * engine's REST API behind HTTP Basic, as Medvirk's is. Its users and groups carry Medvirk's demo
 * names so that one load driver works both; authorization checks are off (the engine's default).
 */
@SpringBootApplication
public class BareEngineApplication {

    private static final Map<String, String> USERS = Map.of("admin", "camunda-admin", "servicesenter",
            "service-centre", "vegleder", "unit-vei-leaders", "kari", "unit-vei");

    public static void main(String[] args) {
        SpringApplication.run(BareEngineApplication.class, args);
    }

    @Bean
    JavaDelegate noOp() {
        return execution -> {
        };
    }

    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> restAuthentication() {
        var registration = new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
        registration.addUrlPatterns("/engine-rest/*");
        registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
                HttpBasicAuthenticationProvider.class.getName());
        return registration;
    }

    @EventListener(ApplicationReadyEvent.class)
    void createUsers(ApplicationReadyEvent event) {
        IdentityService identity = event.getApplicationContext().getBean(IdentityService.class);
        USERS.forEach((id, group) -> {
            if (identity.createUserQuery().userId(id).count() > 0) {
                return;
            }
            var user = identity.newUser(id);
            user.setPassword("demo");
            identity.saveUser(user);
            if (identity.createGroupQuery().groupId(group).count() == 0) {
                identity.saveGroup(identity.newGroup(group));
            }
            identity.createMembership(id, group);
        });
    }
}
