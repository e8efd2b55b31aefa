package no.medvirk.message;

import java.io.ByteArrayOutputStream;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.xhtmlrenderer.pdf.ITextRenderer;

/**
 * Printable letters in the municipality's layout (templates/letter.html): a Thymeleaf XHTML template
 * made into a PDF with Flying Saucer. The contact card and the written answer are such letters.
 */
@Component
class Letters {

    private final TemplateEngine templates;

    Letters(TemplateEngine templates) {
        this.templates = templates;
    }

    /** The template under templates/, with the letter's fields as {@code letter}. */
    byte[] pdf(String template, Object letter) {
        Context context = new Context();
        context.setVariable("letter", letter);
        String xhtml = templates.process(template, context);
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        ITextRenderer renderer = new ITextRenderer();
        renderer.setDocumentFromString(xhtml);
        renderer.layout();
        renderer.createPDF(pdf);
        return pdf.toByteArray();
    }
}
