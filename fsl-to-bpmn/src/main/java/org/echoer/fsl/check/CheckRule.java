package org.echoer.fsl.check;

import java.util.function.Consumer;

/** One check of docs/fsl.md ("Checks"). Rules report every problem they find; they never throw for bad input. */
public interface CheckRule {

    void check(CheckContext context, Consumer<Diagnostic> report);
}
