package no.medvirk.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.model.xml.ModelException;
import org.camunda.bpm.model.xml.ModelInstance;
import org.camunda.bpm.model.xml.impl.ModelInstanceImpl;
import org.camunda.bpm.model.xml.impl.util.ModelUtil;
import org.camunda.bpm.model.xml.instance.DomElement;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.camunda.bpm.model.xml.type.ModelElementType;
import org.camunda.bpm.model.xml.type.attribute.Attribute;

/** Finding one's way in a model's XML: where an element is, as Modeler shows it, and what it says. */
final class ModelElements {

    static final String CAMUNDA_NS = "http://camunda.org/schema/1.0/bpmn";
    static final String BPMN_NS = "http://www.omg.org/spec/BPMN/20100524/MODEL";

    private ModelElements() {
    }

    /**
     * A problem at the element Modeler shows in the diagram: the task, event, gateway or flow itself,
     * also when the problem is in a part of it (a condition, a timer, a listener).
     */
    static ModelProblem problem(String file, DomElement element, String message) {
        DomElement shown = null;
        for (DomElement e = element; e != null; e = e.getParentElement()) {
            if (e.getAttribute("id") != null && (shown == null || isInDiagram(e))) {
                shown = e;
            }
            if (isInDiagram(e)) {
                break;
            }
        }
        if (shown == null) {
            return new ModelProblem(file, null, message);
        }
        String id = shown.getAttribute("id");
        String name = shown.getAttribute("name");
        return new ModelProblem(file, id, id.equals(name) ? null : name, message);
    }

    /** A process, or an element directly in a process or sub-process: what Modeler draws. */
    private static boolean isInDiagram(DomElement element) {
        if (!BPMN_NS.equals(element.getNamespaceURI())) {
            return false;
        }
        DomElement parent = element.getParentElement();
        return "process".equals(element.getLocalName()) || parent != null && BPMN_NS.equals(parent.getNamespaceURI())
                && ("process".equals(parent.getLocalName()) || "subProcess".equals(parent.getLocalName()));
    }

    /** Every attribute the element's type has (Camunda's extensions too) that is set, by local name. */
    static List<Map.Entry<String, String>> attributes(ModelInstance model, DomElement element) {
        List<Map.Entry<String, String>> attributes = new ArrayList<>();
        ModelElementInstance instance;
        try {
            // Made on first use: a parsed model has no instances for most of its elements yet.
            instance = ModelUtil.getModelElement(element, (ModelInstanceImpl) model);
        } catch (ModelException e) {
            return attributes;
        }
        for (ModelElementType type = instance.getElementType(); type != null; type = type.getBaseType()) {
            for (Attribute<?> attribute : type.getAttributes()) {
                String value = attribute.getNamespaceUri() == null
                        ? element.getAttribute(attribute.getAttributeName())
                        : element.getAttribute(attribute.getNamespaceUri(), attribute.getAttributeName());
                if (value != null) {
                    attributes.add(Map.entry(attribute.getAttributeName(), value));
                }
            }
        }
        return attributes;
    }

    /** The element's own text, without its children's (a condition, a timer's duration). */
    static String ownText(DomElement element) {
        return element.getChildElements().isEmpty() ? element.getTextContent() : null;
    }

    static boolean isExpression(String value) {
        return value != null && (value.contains("${") || value.contains("#{"));
    }

    static boolean is(DomElement element, String namespace, String localName) {
        return namespace.equals(element.getNamespaceURI()) && localName.equals(element.getLocalName());
    }
}
