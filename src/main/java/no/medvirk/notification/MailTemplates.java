package no.medvirk.notification;

import java.util.Map;
import org.springframework.stereotype.Component;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Plain-text e-mails from Thymeleaf TEXT templates under {@code templates/mail/} (the first line is the
 * subject), and text messages from those under {@code templates/sms/}.
 */
@Component
class MailTemplates {

    record Mail(String subject, String body) {
    }

    // Spring's engine evaluates with SpEL, as the HTML templates do (the plain one would need OGNL).
    private final SpringTemplateEngine engine = new SpringTemplateEngine();

    MailTemplates() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setSuffix(".txt");
        resolver.setTemplateMode(TemplateMode.TEXT);
        resolver.setCharacterEncoding("UTF-8");
        engine.setTemplateResolver(resolver);
        // A registration renders the unit's mail: SpEL compiled to bytecode reads the model without reflection.
        engine.setEnableSpringELCompiler(true);
    }

    Mail render(String template, Object model) {
        String text = process("mail/" + template, model);
        int firstLineEnd = text.indexOf('\n');
        if (firstLineEnd < 0) {
            throw new IllegalStateException("Mail template " + template + " has no body under its subject line");
        }
        return new Mail(text.substring(0, firstLineEnd).strip(), text.substring(firstLineEnd + 1).strip() + "\n");
    }

    /** A text message: the whole template, its lines joined as they stand. */
    String text(String template, Object model) {
        return process("sms/" + template, model);
    }

    private String process(String template, Object model) {
        Context context = new Context();
        context.setVariables(Map.of("m", model));
        return engine.process(template, context).strip();
    }
}
