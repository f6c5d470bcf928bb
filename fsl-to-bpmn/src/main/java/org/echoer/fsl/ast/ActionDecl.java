package org.echoer.fsl.ast;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code action NAME ... action_end}: a business service reached over HTTP. Attributes the author left
 * out are empty, so the checks can name what is missing.
 */
public record ActionDecl(
        Name name,
        Optional<Text> addr,
        Optional<Name> method,
        List<SecretEntry> secret,
        Optional<List<ParamDecl>> params,
        Optional<List<Name>> returnStates,
        SourcePosition position,
        String source) implements Statement {

    public ActionDecl {
        Objects.requireNonNull(name, "name");
        secret = List.copyOf(secret);
        params = params.map(List::copyOf);
        returnStates = returnStates.map(List::copyOf);
    }

    /** The addresses of {@code addr}, split at commas and trimmed, in the order they are tried. */
    public List<String> addresses() {
        return addr.map(a -> Addresses.split(a.value())).orElse(List.of());
    }

    /** The declared parameters; none when {@code args} is absent. */
    public List<ParamDecl> paramList() {
        return params.orElse(List.of());
    }

    /** The declared states in declared order; none when {@code return} is absent. */
    public List<Name> states() {
        return returnStates.orElse(List.of());
    }

    public Optional<ParamDecl> param(String paramName) {
        return paramList().stream().filter(p -> p.name().value().equals(paramName)).findFirst();
    }

    public boolean declaresState(String state) {
        return states().stream().anyMatch(s -> s.value().equals(state));
    }

    public Optional<Method> knownMethod() {
        return method.flatMap(m -> Method.parse(m.value()));
    }

    /** The PEM certificate authority of {@code secret = (capem="...")}, still base64-encoded. */
    public Optional<Text> capem() {
        return secret.stream().filter(e -> e.key().value().equalsIgnoreCase("capem")).map(SecretEntry::value).findFirst();
    }
}
