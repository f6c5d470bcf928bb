package org.echoer.fsl.ast;

/** {@code step} or {@code deci}: written differently, same meaning at run time. */
public enum StepKind {
    STEP, DECI
}
