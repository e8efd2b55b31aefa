package no.medvirk.web;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** Beans for single sign-on only: see {@link SsoSettings}. */
public class SsoEnabled implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return SsoSettings.enabled(context.getEnvironment());
    }
}
