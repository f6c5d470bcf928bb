package org.echoer.fsl.layout;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A thin layer over the JDK's XML stream writer for SVG: it escapes every text and attribute value, so
 * the document is well-formed whatever names the model holds, and formats coordinates compactly.
 */
final class SvgWriter {

    static final String SVG_NAMESPACE = "http://www.w3.org/2000/svg";

    private final StringWriter out = new StringWriter();
    private final XMLStreamWriter xml;

    SvgWriter() {
        try {
            xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write SVG", e);
        }
    }

    /** Opens the root svg element in the SVG namespace. */
    SvgWriter startSvg() {
        try {
            xml.writeStartElement("svg");
            xml.writeDefaultNamespace(SVG_NAMESPACE);
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write SVG", e);
        }
    }

    SvgWriter start(String element) {
        try {
            xml.writeStartElement(element);
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write SVG", e);
        }
    }

    SvgWriter attribute(String name, String value) {
        try {
            xml.writeAttribute(name, xmlSafe(value));
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write SVG", e);
        }
    }

    SvgWriter attribute(String name, double value) {
        return attribute(name, number(value));
    }

    SvgWriter text(String text) {
        try {
            xml.writeCharacters(xmlSafe(text));
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write SVG", e);
        }
    }

    SvgWriter cdata(String text) {
        try {
            xml.writeCData(text);
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write SVG", e);
        }
    }

    /** Ends the innermost open element and starts a new line, which keeps the file diffable. */
    SvgWriter end() {
        try {
            xml.writeEndElement();
            xml.writeCharacters("\n");
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write SVG", e);
        }
    }

    /** Ends the innermost open element with no line break: inside text, a break would show as a space. */
    SvgWriter endInline() {
        try {
            xml.writeEndElement();
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write SVG", e);
        }
    }

    String finish() {
        try {
            xml.writeEndDocument();
            xml.close();
            return out.toString();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write SVG", e);
        }
    }

    /** Whole numbers without ".0", others with at most two decimals; never an exponent. */
    static String number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    /** Replaces characters XML 1.0 cannot hold at all (control characters), which escaping cannot fix. */
    private static String xmlSafe(String text) {
        StringBuilder safe = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean allowed = c >= 0x20 ? c != 0xFFFE && c != 0xFFFF : c == '\t' || c == '\n' || c == '\r';
            if (!allowed && safe == null) {
                safe = new StringBuilder(text.substring(0, i));
            }
            if (safe != null) {
                safe.append(allowed ? c : '\uFFFD');
            }
        }
        return safe == null ? text : safe.toString();
    }
}
