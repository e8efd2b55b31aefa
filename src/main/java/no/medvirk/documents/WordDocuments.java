package no.medvirk.documents;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.springframework.http.MediaType;

/**
 * The pieces Medvirk's Word documents (summary report, case presentations, the yearly report) are
 * built of, with Apache POI: plain headings, paragraphs that keep the writer's line breaks, tables
 * and pictures, nothing a secretary cannot edit.
 */
public final class WordDocuments {

    public static final MediaType DOCX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private WordDocuments() {
    }

    public static void heading(XWPFDocument doc, String text, int size) {
        XWPFRun run = doc.createParagraph().createRun();
        run.setBold(true);
        run.setFontSize(size);
        run.setText(text);
    }

    public static XWPFParagraph paragraph(XWPFDocument doc, String text) {
        XWPFParagraph paragraph = doc.createParagraph();
        paragraph.setAlignment(ParagraphAlignment.LEFT);
        lines(paragraph.createRun(), text == null ? "" : text);
        return paragraph;
    }

    /** A bold label and its text in one paragraph; a dash when there is no text. */
    public static void labelled(XWPFDocument doc, String label, String text) {
        XWPFParagraph paragraph = doc.createParagraph();
        XWPFRun bold = paragraph.createRun();
        bold.setBold(true);
        bold.setText(label + ": ");
        lines(paragraph.createRun(), text == null || text.isBlank() ? "–" : text);
    }

    /** A bold title over its text, as the sections of a case presentation. */
    public static void section(XWPFDocument doc, String title, String text) {
        paragraph(doc, title).getRuns().get(0).setBold(true);
        if (!text.isEmpty()) {
            paragraph(doc, text);
        }
    }

    public static void cell(XWPFTable table, int row, int column, String text) {
        table.getRow(row).getCell(column).setText(text);
    }

    /** A table with a bold header row. */
    public static XWPFTable table(XWPFDocument doc, List<String> header, List<List<String>> rows) {
        XWPFTable table = doc.createTable(rows.size() + 1, header.size());
        fill(table.getRow(0), header);
        table.getRow(0).getTableCells().forEach(c -> c.getParagraphs().get(0).getRuns().forEach(r -> r.setBold(true)));
        table.getRow(0).setRepeatHeader(true);
        for (int i = 0; i < rows.size(); i++) {
            fill(table.getRow(i + 1), rows.get(i));
        }
        return table;
    }

    /** A PNG picture scaled to the given width in centimetres. */
    public static void picture(XWPFDocument doc, byte[] png, int widthPixels, int heightPixels, double widthCm,
                               String description) {
        double scale = widthCm / 2.54 * 72 / widthPixels;
        try {
            doc.createParagraph().createRun().addPicture(new ByteArrayInputStream(png), Document.PICTURE_TYPE_PNG,
                    description, Units.toEMU(widthPixels * scale), Units.toEMU(heightPixels * scale));
        } catch (IOException | org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IllegalStateException("A chart could not be put in the document", e);
        }
    }

    public static byte[] bytes(XWPFDocument doc) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            doc.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void fill(XWPFTableRow row, List<String> values) {
        for (int i = 0; i < values.size(); i++) {
            row.getCell(i).setText(values.get(i) == null ? "" : values.get(i));
        }
    }

    private static void lines(XWPFRun run, String text) {
        String[] lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                run.addBreak();
            }
            run.setText(lines[i], i);
        }
    }
}
