package org.echoer.fsl.check;

/** Errors stop a document from being deployed; warnings are reported and let it through. */
public enum Severity {
    ERROR, WARNING;

    public String label() {
        return this == ERROR ? "error" : "warning";
    }
}
