package no.medvirk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.net.URLConnection;
import java.net.URLStreamHandler;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.ServiceLoader;
import org.camunda.bpm.engine.rest.spi.ProcessEngineProvider;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class ServiceFilesOnceTest {

    /** The application's class loader, counting what it is asked for and which of its files are read. */
    static final class Counting extends ClassLoader {
        final List<String> asked = new ArrayList<>();
        final List<String> read = new ArrayList<>();

        Counting() {
            super(ServiceFilesOnceTest.class.getClassLoader());
        }

        @Override
        public Enumeration<URL> getResources(String name) throws IOException {
            asked.add(name);
            List<URL> counted = new ArrayList<>();
            for (URL file : Collections.list(super.getResources(name))) {
                counted.add(new URL(null, file.toString(), new URLStreamHandler() {
                    @Override
                    protected URLConnection openConnection(URL url) throws IOException {
                        read.add(name);
                        return file.openConnection();
                    }
                }));
            }
            return Collections.enumeration(counted);
        }
    }

    @Test
    void shouldReadAServicesFileOnceAndLeaveTheRequestsLoaderAsItWas() throws Exception {
        Counting application = new Counting();
        ServiceFilesOnce filter = new ServiceFilesOnce();
        List<List<String>> lookups = new ArrayList<>();
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        thread.setContextClassLoader(application);
        try {
            for (int request = 0; request < 3; request++) {
                filter.doFilter(new MockHttpServletRequest(), new MockHttpServletResponse(), (req, res) -> {
                    // As EngineUtil.lookupProcessEngine does, twice in a request.
                    for (int lookup = 0; lookup < 2; lookup++) {
                        lookups.add(ServiceLoader.load(ProcessEngineProvider.class).stream()
                                .map(provider -> provider.type().getName()).toList());
                    }
                    Thread.currentThread().getContextClassLoader().getResources("META-INF/spring.factories");
                });
                assertThat(thread.getContextClassLoader()).isSameAs(application);
            }
        } finally {
            thread.setContextClassLoader(before);
        }

        String servicesFile = "META-INF/services/" + ProcessEngineProvider.class.getName();
        assertThat(application.asked.stream().filter(servicesFile::equals)).hasSize(1);
        // Each file found read once, not at each of the six lookups.
        int files = Collections.list(ServiceFilesOnceTest.class.getClassLoader().getResources(servicesFile)).size();
        assertThat(files).isPositive();
        assertThat(application.read.stream().filter(servicesFile::equals)).hasSize(files);
        // Other resources are asked for each time.
        assertThat(application.asked.stream().filter("META-INF/spring.factories"::equals)).hasSize(3);
        // And the services are found as before, in the same order (the engine takes the first), every time.
        List<String> asBefore = ServiceLoader.load(ProcessEngineProvider.class, application).stream()
                .map(provider -> provider.type().getName()).toList();
        assertThat(asBefore).isNotEmpty();
        assertThat(lookups).hasSize(6).containsOnly(asBefore);
    }
}
