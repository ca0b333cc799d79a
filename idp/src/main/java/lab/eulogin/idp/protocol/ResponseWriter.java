package lab.eulogin.idp.protocol;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Writes a {@link ResponseTree} as CAS XML (every element prefixed {@code cas:}) or as JSON. */
final class ResponseWriter {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ResponseWriter() {
    }

    static String xml(ResponseTree root, String namespace) {
        StringBuilder out = new StringBuilder();
        out.append("<cas:").append(root.name()).append(" xmlns:cas=\"").append(escape(namespace)).append("\">\n");
        for (ResponseTree child : ((ResponseTree.Branch) root).children()) {
            xml(child, out, "  ");
        }
        return out.append("</cas:").append(root.name()).append(">\n").toString();
    }

    private static void xml(ResponseTree node, StringBuilder out, String indent) {
        if (node instanceof ResponseTree.Leaf leaf) {
            element(out, indent, leaf.name(), "", leaf.value());
        } else if (node instanceof ResponseTree.Multi multi) {
            for (Object value : multi.values()) {
                element(out, indent, multi.name(), "", value);
            }
        } else if (node instanceof ResponseTree.Counted counted) {
            out.append(indent).append("<cas:").append(counted.name())
                    .append(" number=\"").append(counted.items().size()).append("\">\n");
            for (ResponseTree.Item item : counted.items()) {
                element(out, indent + "  ", item.name(), "", item.value());
            }
            out.append(indent).append("</cas:").append(counted.name()).append(">\n");
        } else if (node instanceof ResponseTree.Coded coded) {
            element(out, indent, coded.name(), " code=\"" + escape(coded.code()) + "\"", coded.text());
        } else if (node instanceof ResponseTree.Branch branch) {
            out.append(indent).append("<cas:").append(branch.name()).append(">\n");
            for (ResponseTree child : branch.children()) {
                xml(child, out, indent + "  ");
            }
            out.append(indent).append("</cas:").append(branch.name()).append(">\n");
        }
    }

    private static void element(StringBuilder out, String indent, String name, String attributes, Object value) {
        out.append(indent).append("<cas:").append(name).append(attributes).append('>')
                .append(escape(String.valueOf(value)))
                .append("</cas:").append(name).append(">\n");
    }

    static String json(ResponseTree root) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put(root.name(), value(root));
        try {
            return JSON.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object value(ResponseTree node) {
        if (node instanceof ResponseTree.Leaf leaf) {
            return leaf.value();
        }
        if (node instanceof ResponseTree.Multi multi) {
            return multi.values();
        }
        if (node instanceof ResponseTree.Counted counted) {
            Map<String, Object> list = new LinkedHashMap<>();
            list.put("number", counted.items().size());
            for (ResponseTree.Item item : counted.items()) {
                @SuppressWarnings("unchecked")
                List<Object> values = (List<Object>) list.computeIfAbsent(item.name(), k -> new ArrayList<>());
                values.add(item.value());
            }
            return list;
        }
        if (node instanceof ResponseTree.Coded coded) {
            Map<String, Object> failure = new LinkedHashMap<>();
            failure.put("code", coded.code());
            failure.put("description", coded.text());
            return failure;
        }
        Map<String, Object> object = new LinkedHashMap<>();
        for (ResponseTree child : ((ResponseTree.Branch) node).children()) {
            object.put(child.name(), value(child));
        }
        return object;
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> {
                    // Characters XML 1.0 cannot carry at all (a ticket parameter may hold anything).
                    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                        out.append('\uFFFD');
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
