package no.medvirk.web;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLConnection;
import java.net.URLStreamHandler;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Camunda's REST resources find the engine through a {@code ServiceLoader} each time one is made, several times a
 * request ({@code EngineUtil.lookupProcessEngine}), and each time the context class loader looks for the services
 * file again through the two hundred jars of the packaged application: 3 % of the CPU of a message case. Around the
 * engine's REST API and Tasklist's, the context class loader is one that finds a services file once and gives the
 * same answer from then on (the classpath of a running application does not change). Classes and every other
 * resource come from the application's class loader, as before. The files' contents are kept too: the
 * {@code ServiceLoader} reads each file it is given again, and a file in a nested jar is read by opening that jar.
 */
final class ServiceFilesOnce implements Filter {

    private static final String SERVICE_FILES = "META-INF/services/";

    private volatile Loader loader;

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Thread thread = Thread.currentThread();
        ClassLoader application = thread.getContextClassLoader();
        thread.setContextClassLoader(around(application));
        try {
            chain.doFilter(request, response);
        } finally {
            thread.setContextClassLoader(application);
        }
    }

    /** One loader for the web application's class loader, which is the same for every request. */
    private Loader around(ClassLoader application) {
        Loader current = loader;
        if (current == null || current.application != application) {
            current = new Loader(application);
            loader = current;
        }
        return current;
    }

    private static final class Loader extends ClassLoader {

        static {
            registerAsParallelCapable();
        }

        private final ClassLoader application;
        private final Map<String, List<URL>> serviceFiles = new ConcurrentHashMap<>();

        Loader(ClassLoader application) {
            super(application);
            this.application = application;
        }

        @Override
        public Enumeration<URL> getResources(String name) throws IOException {
            if (!name.startsWith(SERVICE_FILES)) {
                return application.getResources(name);
            }
            List<URL> found = serviceFiles.get(name);
            if (found == null) {
                List<URL> read = new ArrayList<>();
                for (URL file : Collections.list(application.getResources(name))) {
                    read.add(Read.of(file));
                }
                found = List.copyOf(read);
                serviceFiles.put(name, found);
            }
            return Collections.enumeration(found);
        }
    }

    /**
     * A services file as read once: the {@code ServiceLoader} opens each URL it is given again at every lookup, which
     * for a file in a nested jar of the packaged application means opening that jar.
     */
    private static final class Read extends URLStreamHandler {

        private final byte[] content;

        private Read(byte[] content) {
            this.content = content;
        }

        static URL of(URL file) throws IOException {
            try (InputStream in = file.openStream()) {
                // The original address, for the ServiceLoader's error messages.
                return new URL(null, file.toString(), new Read(in.readAllBytes()));
            }
        }

        @Override
        protected URLConnection openConnection(URL url) {
            return new URLConnection(url) {
                @Override
                public void connect() {
                    connected = true;
                }

                @Override
                public InputStream getInputStream() {
                    return new ByteArrayInputStream(content);
                }
            };
        }
    }
}
