package org.echoer.fsl.shape;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.echoer.fsl.ast.ActionDecl;
import org.echoer.fsl.ast.FlowDecl;
import org.echoer.fsl.ast.ParamDecl;
import org.echoer.fsl.ast.SecretEntry;
import org.echoer.fsl.ast.StepDecl;
import org.echoer.fsl.ast.StepGraph;
import org.echoer.fsl.ast.Transition;
import org.echoer.fsl.bpmn.NcNames;

/**
 * What of a {@code flow_run} reaches the engine, apart from its name and its argument values: the steps a
 * run can reach, their kinds and transitions, and the declaration of every action they use. Runs of one
 * shape share one process definition; the digest tells shapes apart and names that definition.
 *
 * @param digest SHA-256 (hex) of the shape and of the generator that translates it
 * @param key the shared process definition's key: the actions' names, readable, and the digest's first 12 digits
 * @param name the shared process definition's name, as Cockpit lists it
 */
public record FlowShape(String digest, String key, String name) {

    /** How many digits of the digest the key and the name carry: 48 bits, plenty for the shapes of one database. */
    static final int SHORT_DIGEST = 12;
    private static final int READABLE_KEY = 64;
    private static final int READABLE_NAME = 80;

    /**
     * @param actions resolves every action the flow's steps name
     * @param generator a digest of what the BPMN generator and options give for a fixed flow: a new generator
     *     makes new shapes
     */
    public static FlowShape of(FlowDecl flow, Function<String, ActionDecl> actions, byte[] generator) {
        Digest digest = new Digest();
        digest.add("echoer flow_run shape").add(generator);
        Map<String, ActionDecl> used = new LinkedHashMap<>();
        // a step no run reaches is not in the process: it does not tell shapes apart, nor name one
        for (StepDecl step : StepGraph.of(flow).reachableSteps()) {
            String action = step.action().orElseThrow().value();
            used.computeIfAbsent(action, actions);
            digest.add("step").add(step.name().value()).add(step.kind().name()).add(action).add(step.transitions().size());
            for (Transition transition : step.transitions()) {
                digest.add(transition.state().value()).add(transition.target().map(t -> t.value()).orElse(""));
            }
        }
        used.values().forEach(action -> addDeclaration(digest, action));
        String hex = digest.hex();
        String shortDigest = hex.substring(0, SHORT_DIGEST);
        String actionNames = String.join("-", used.keySet());
        return new FlowShape(hex,
                "flowrun_" + truncate(NcNames.of(actionNames), READABLE_KEY, "") + "_" + shortDigest,
                "flow_run of " + truncate(String.join(", ", used.keySet()), READABLE_NAME, "…") + " [" + shortDigest + "]");
    }

    private static void addDeclaration(Digest digest, ActionDecl action) {
        digest.add("action").add(action.name().value());
        digest.add(action.addresses().size());
        action.addresses().forEach(digest::add);
        digest.add(action.method().map(m -> m.value()).orElse(""));
        digest.add(action.states().size());
        action.states().forEach(state -> digest.add(state.value()));
        digest.add(action.paramList().size());
        for (ParamDecl param : action.paramList()) {
            digest.add(param.type().value()).add(param.name().value());
        }
        digest.add(action.secret().size());
        for (SecretEntry entry : action.secret()) {
            digest.add(entry.key().value()).add(entry.value().value());
        }
    }

    private static String truncate(String text, int max, String ellipsis) {
        return text.length() <= max ? text : text.substring(0, max) + ellipsis;
    }

    /** SHA-256 of text, for a generator's fingerprint. */
    public static byte[] sha256(String text) {
        return Digest.newSha256().digest(text.getBytes(StandardCharsets.UTF_8));
    }

    /** SHA-256 over length-prefixed fields, so no two different field lists feed it the same bytes. */
    private static final class Digest {

        /** Copied for each digest: looking the algorithm up among the security providers costs more than hashing a shape. */
        private static final MessageDigest PROTOTYPE = newSha256();

        private final MessageDigest sha;
        private final byte[] length = new byte[4];

        Digest() {
            try {
                sha = (MessageDigest) PROTOTYPE.clone();
            } catch (CloneNotSupportedException e) {
                throw new IllegalStateException("the JDK's SHA-256 can be copied", e);
            }
        }

        static MessageDigest newSha256() {
            try {
                return MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("every Java runtime has SHA-256", e);
            }
        }

        Digest add(String field) {
            return add(field.getBytes(StandardCharsets.UTF_8));
        }

        Digest add(byte[] field) {
            add(field.length);
            sha.update(field);
            return this;
        }

        Digest add(int number) {
            length[0] = (byte) (number >>> 24);
            length[1] = (byte) (number >>> 16);
            length[2] = (byte) (number >>> 8);
            length[3] = (byte) number;
            sha.update(length);
            return this;
        }

        String hex() {
            return HexFormat.of().formatHex(sha.digest());
        }
    }
}
