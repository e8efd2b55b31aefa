package no.medvirk.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.ContextResolver;
import org.camunda.bpm.engine.rest.hal.Hal;
import org.camunda.bpm.engine.rest.mapper.JacksonConfigurator;
import org.glassfish.jersey.server.ResourceConfig;

/**
 * The one ObjectMapper of Camunda's REST API. Camunda's {@link JacksonConfigurator} makes a new one whenever it
 * is asked, which is for each resource a request reaches and each body read or written, and a new mapper
 * knows no serializer yet: it builds each anew from the class (issue 18). This one is configured the same way
 * (Camunda's date format, unknown properties ignored, java.time) and answers first; a configured ObjectMapper
 * is safe to share between threads.
 */
@Produces({MediaType.APPLICATION_JSON, Hal.APPLICATION_HAL_JSON})
final class OneObjectMapper implements ContextResolver<ObjectMapper> {

    /**
     * Ranked before Camunda's ({@link Priorities#USER}). Jersey's order is not the rank alone: OneObjectMapperTest,
     * which fails without this resolver, passed with a rank after Camunda's too.
     */
    private static final int RANK = Priorities.USER - 100;

    private final ObjectMapper mapper = JacksonConfigurator.configureObjectMapper(new ObjectMapper());

    static void register(ResourceConfig config) {
        config.register(new OneObjectMapper(), RANK);
    }

    @Override
    public ObjectMapper getContext(Class<?> type) {
        return mapper;
    }
}
