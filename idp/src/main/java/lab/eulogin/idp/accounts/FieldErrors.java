package lab.eulogin.idp.accounts;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Form problems, each a message key on the field it belongs to, in the order of the form. */
public final class FieldErrors {
    private final Map<String, String> byField = new LinkedHashMap<>();

    public FieldErrors add(String field, String messageKey) {
        byField.putIfAbsent(field, messageKey);
        return this;
    }

    public boolean isEmpty() {
        return byField.isEmpty();
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    public Map<String, String> asMap() {
        return Collections.unmodifiableMap(byField);
    }

    @Override
    public String toString() {
        return byField.toString();
    }
}
