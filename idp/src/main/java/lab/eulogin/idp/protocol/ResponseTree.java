package lab.eulogin.idp.protocol;

import java.util.List;

/**
 * A validation answer before it is written, so that XML and {@code format=JSON} say the same
 * thing: {@link ResponseWriter} turns one tree into either.
 */
sealed interface ResponseTree {
    String name();

    /** One value: {@code <cas:email>a@b.eu</cas:email>}, {@code "email": "a@b.eu"}. */
    record Leaf(String name, Object value) implements ResponseTree { }

    /** A value that may repeat (CAS 3.0 attributes): the element repeated, a JSON array. */
    record Multi(String name, List<?> values) implements ResponseTree { }

    /**
     * EU Login's counted list: {@code <cas:strengths number="1"><cas:strength>PASSWORD</cas:strength>}
     * in XML, {@code "strengths": {"number": 1, "strength": ["PASSWORD"]}} in JSON.
     */
    record Counted(String name, List<Item> items) implements ResponseTree { }

    record Item(String name, Object value) { }

    /** {@code <cas:authenticationFailure code="...">description</cas:authenticationFailure>}. */
    record Coded(String name, String code, String text) implements ResponseTree { }

    record Branch(String name, List<ResponseTree> children) implements ResponseTree { }
}
