package no.medvirk.engine;

import java.io.ByteArrayInputStream;
import java.net.URL;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.Source;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.impl.BpmnParser;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.impl.DmnParser;
import org.camunda.bpm.model.xml.ModelValidationException;
import org.camunda.bpm.model.xml.instance.DomDocument;
import org.xml.sax.SAXException;

/**
 * Reads BPMN and DMN files as {@code Bpmn.readModelFromStream} and {@code Dmn.readModelFromStream} do,
 * validated against the same schemas while parsing (so that a problem names its line), but with the
 * schemas compiled once: Camunda's parsers load the XSD files again for every file they read, and then
 * validate the document a second time (most of the model check's time at each start).
 */
public final class ModelParsing {

    private static final String JAXP_SCHEMA_LANGUAGE = "http://java.sun.com/xml/jaxp/properties/schemaLanguage";
    private static final String JAXP_SCHEMA_SOURCE = "http://java.sun.com/xml/jaxp/properties/schemaSource";
    private static final Schema BPMN_SCHEMA = schema(BpmnParser.class, "org/camunda/bpm/model/bpmn/schema/BPMN20.xsd");
    private static final Schema DMN_SCHEMA = schema(DmnParser.class, "org/camunda/bpm/model/dmn/schema/DMN15.xsd",
            "org/camunda/bpm/model/dmn/schema/DMN14.xsd", "org/camunda/bpm/model/dmn/schema/DMN13.xsd",
            "org/camunda/bpm/model/dmn/schema/DMN12.xsd", "org/camunda/bpm/model/dmn/schema/DMN11.xsd",
            "org/camunda/bpm/model/dmn/schema/DMN11_Alternative.xsd");
    private static final BpmnParser BPMN = new BpmnParser() {
        @Override
        protected void configureFactory(DocumentBuilderFactory factory) {
            super.configureFactory(factory);
            useCompiled(factory, BPMN_SCHEMA);
        }

        @Override
        public void validateModel(DomDocument document) {
            // Validated while parsing.
        }
    };
    private static final DmnParser DMN = new DmnParser() {
        @Override
        protected void configureFactory(DocumentBuilderFactory factory) {
            super.configureFactory(factory);
            useCompiled(factory, DMN_SCHEMA);
        }

        @Override
        public void validateModel(DomDocument document) {
            // Validated while parsing.
        }
    };

    private ModelParsing() {
    }

    public static BpmnModelInstance bpmn(byte[] content) {
        return BPMN.parseModelFromStream(new ByteArrayInputStream(content));
    }

    public static DmnModelInstance dmn(byte[] content) {
        return DMN.parseModelFromStream(new ByteArrayInputStream(content));
    }

    /** The parser's schema validation, against the schema compiled once instead of its files. */
    private static void useCompiled(DocumentBuilderFactory factory, Schema schema) {
        factory.setAttribute(JAXP_SCHEMA_SOURCE, null);
        factory.setAttribute(JAXP_SCHEMA_LANGUAGE, null);
        factory.setValidating(false);
        factory.setSchema(schema);
    }

    private static Schema schema(Class<?> owner, String... resources) {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        Source[] sources = new Source[resources.length];
        for (int i = 0; i < resources.length; i++) {
            URL url = owner.getClassLoader().getResource(resources[i]);
            sources[i] = new StreamSource(url.toExternalForm());
        }
        try {
            return factory.newSchema(sources);
        } catch (SAXException e) {
            throw new ModelValidationException("Cannot compile the schema " + resources[0], e);
        }
    }
}
