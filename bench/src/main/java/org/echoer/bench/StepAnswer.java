package org.echoer.bench;

/**
 * How the instant action answers one activation.
 *
 * @param sequence the activation's place in its run, from 0
 * @param last whether this answer ends the run
 * @param repeated whether the engine dispatched this activation (same uuid) before
 */
record StepAnswer(int sequence, String uuid, String stepName, String state, boolean last, boolean repeated) {

    StepAnswer again() {
        return new StepAnswer(sequence, uuid, stepName, state, last, true);
    }
}
