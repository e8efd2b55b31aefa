package no.medvirk.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Providers;
import java.util.Date;
import org.camunda.bpm.engine.rest.hal.Hal;
import org.camunda.bpm.engine.rest.mapper.JacksonConfigurator;
import org.glassfish.jersey.server.ApplicationHandler;
import org.glassfish.jersey.server.ResourceConfig;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.GenericApplicationContext;

/** Camunda's REST API, configured as Camunda configures it, gets one ObjectMapper, in Camunda's shape. */
class OneObjectMapperTest {

    @Test
    void shouldAnswerEveryAskingWithOneMapperConfiguredAsCamundas() throws Exception {
        ResourceConfig config = new ResourceConfig(JacksonConfigurator.class);
        // jersey-spring (on the class path with Spring Boot's Jersey) otherwise looks for an applicationContext.xml.
        GenericApplicationContext spring = new GenericApplicationContext();
        spring.refresh();
        config.property("contextConfig", spring);
        OneObjectMapper.register(config);
        Providers providers = new ApplicationHandler(config).getInjectionManager().getInstance(Providers.class);

        ContextResolver<ObjectMapper> json = providers.getContextResolver(ObjectMapper.class, MediaType.APPLICATION_JSON_TYPE);
        ObjectMapper first = json.getContext(Object.class);
        assertThat(json.getContext(String.class)).isSameAs(first);
        assertThat(providers.getContextResolver(ObjectMapper.class, MediaType.valueOf(Hal.APPLICATION_HAL_JSON))
                .getContext(Object.class)).isSameAs(first);

        ObjectMapper camundas = new JacksonConfigurator().getContext(Object.class);
        Date date = new Date(1_764_979_200_000L);
        String unknown = "{\"x\":1,\"unknownProperty\":2}";
        assertThat(first.writeValueAsString(date)).isEqualTo(camundas.writeValueAsString(date));
        assertThat(first.readValue(unknown, Point.class).x).isEqualTo(camundas.readValue(unknown, Point.class).x);
    }

    /** A body with a property the class does not have. */
    static class Point {
        public int x;
    }
}
