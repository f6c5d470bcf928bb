package org.echoer.webapp.support;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/** BPMN and SVG the server answered, read as DOM documents. */
public final class XmlDocuments {

    private XmlDocuments() {
    }

    /** The document, namespace aware; a test failure when the text is not well-formed XML. */
    public static Document parse(String text) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            return factory.newDocumentBuilder().parse(new InputSource(new StringReader(text)));
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new AssertionError("not well-formed XML: " + text, e);
        }
    }

    /** The ids of an SVG's groups ({@code <g id>}), in document order. */
    public static List<String> groupIds(Document svg) {
        List<String> ids = new ArrayList<>();
        NodeList groups = svg.getElementsByTagNameNS("*", "g");
        for (int i = 0; i < groups.getLength(); i++) {
            ids.add(((Element) groups.item(i)).getAttribute("id"));
        }
        return ids;
    }

    /** The CSS classes of the SVG group with that id. */
    public static List<String> classesOf(Document svg, String id) {
        NodeList groups = svg.getElementsByTagNameNS("*", "g");
        for (int i = 0; i < groups.getLength(); i++) {
            Element group = (Element) groups.item(i);
            if (id.equals(group.getAttribute("id"))) {
                return List.of(group.getAttribute("class").split("\\s+"));
            }
        }
        throw new AssertionError("no <g id=\"" + id + "\"> in the SVG");
    }
}
