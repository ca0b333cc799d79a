package lab.eulogin.idp.http;

import io.pebbletemplates.pebble.extension.AbstractExtension;
import io.pebbletemplates.pebble.extension.Function;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.PebbleTemplate;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * {@code t("key", arg0, arg1...)} in templates: the page's text in the reader's language, falling
 * back to English for a sentence not yet translated. The result is escaped like any other value.
 */
final class Messages extends AbstractExtension {
    private static final String BUNDLE = "i18n.messages";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    static String text(Locale locale, String key, Object... args) {
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(BUNDLE, locale, NO_FALLBACK).getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    @Override
    public Map<String, Function> getFunctions() {
        return Map.of("t", new Function() {
            @Override
            public List<String> getArgumentNames() {
                return null; // positional: "0" is the key, the rest are arguments
            }

            @Override
            public Object execute(Map<String, Object> args, PebbleTemplate self, EvaluationContext context, int line) {
                List<Object> rest = new ArrayList<>();
                for (int i = 1; args.containsKey(String.valueOf(i)); i++) {
                    rest.add(args.get(String.valueOf(i)));
                }
                return text(context.getLocale(), String.valueOf(args.get("0")), rest.toArray());
            }
        });
    }
}
