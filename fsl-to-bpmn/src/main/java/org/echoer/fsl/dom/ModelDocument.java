package org.echoer.fsl.dom;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.model.xml.ModelInstance;
import org.camunda.bpm.model.xml.instance.DomElement;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Writes elements straight into a model instance's W3C document, for the few places where a big flow
 * makes thousands of small elements. Camunda's model API checks each element's type and looks up its
 * namespace prefix in the document again for every element and attribute; here each prefix is looked up
 * once. The model API wraps these elements when they are read, as it does with a parsed file.
 *
 * <p>Not thread-safe, like the model instance itself.
 */
public final class ModelDocument {

    private final ModelInstance model;
    private final Document document;
    private final Map<String, String> prefixes = new HashMap<>();

    public ModelDocument(ModelInstance model) {
        this.model = model;
        this.document = (Document) model.getDocument().getDomSource().getNode();
    }

    /** A new element, not yet placed anywhere. */
    public Element element(String namespace, String localName) {
        return document.createElementNS(namespace, qualified(namespace, localName));
    }

    /** A new element with an id that {@link #byId} and the model API find. */
    public Element element(String namespace, String localName, String id) {
        Element element = element(namespace, localName);
        element.setAttribute("id", id);
        element.setIdAttribute("id", true);
        return element;
    }

    /** The element with this id, or null. */
    public Element byId(String id) {
        return document.getElementById(id);
    }

    /** The name with the prefix the document binds to the namespace (none for the default namespace). */
    public String qualified(String namespace, String localName) {
        String prefix = prefixes.computeIfAbsent(namespace, this::prefixOf);
        return prefix.isEmpty() ? localName : prefix + ':' + localName;
    }

    /** As the model API does: the root's prefix for the namespace, declared there when it has none yet. */
    private String prefixOf(String namespace) {
        if (document.getDocumentElement().isDefaultNamespace(namespace)) {
            return "";
        }
        DomElement root = model.getDocument().getRootElement();
        String prefix = root.lookupPrefix(namespace);
        if (prefix == null) {
            prefix = root.registerNamespace(namespace);
        }
        return prefix;
    }
}
