package no.medvirk.dialogue;

import java.util.List;

/**
 * Markdown for task forms (form-js renders it in text fields), built from records. What users
 * typed is escaped, so it shows as written and can never become a link, a heading or HTML.
 */
final class Markdown {

    private static final String SPECIAL = "\\`*_{}[]()#+-.!|<>~";

    private Markdown() {
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder escaped = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (SPECIAL.indexOf(c) >= 0) {
                escaped.append('\\');
            }
            escaped.append(c);
        }
        return escaped.toString();
    }

    /** A table cell: escaped, on one line. */
    static String cell(String text) {
        return escape(text).replaceAll("\\s*\\R\\s*", " ");
    }

    /** A paragraph that keeps the writer's line breaks. */
    static String paragraph(String text) {
        return escape(text).replaceAll("\\R", "  \n");
    }

    static String table(List<String> headers, List<List<String>> rows) {
        StringBuilder table = new StringBuilder("| ").append(String.join(" | ", headers)).append(" |\n|");
        headers.forEach(h -> table.append("---|"));
        table.append('\n');
        for (List<String> row : rows) {
            table.append("| ").append(String.join(" | ", row.stream().map(Markdown::cell).toList())).append(" |\n");
        }
        return table.toString();
    }

    static String bullets(List<String> items) {
        StringBuilder list = new StringBuilder();
        items.forEach(item -> list.append("- ").append(cell(item)).append('\n'));
        return list.toString();
    }
}
