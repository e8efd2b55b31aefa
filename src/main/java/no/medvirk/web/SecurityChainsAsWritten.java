package no.medvirk.web;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.config.ConstructorArgumentValues;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.security.config.web.PathPatternRequestMatcherBuilderFactoryBean;
import org.springframework.security.web.context.AbstractSecurityWebApplicationInitializer;

/**
 * Spring Security's filter chain without the Spring MVC handler lookup in front of it. Spring Security 6 wraps its
 * filter chain in one that first finds, for every request, the Spring MVC handler that would take it (for its
 * {@code MvcRequestMatcher}s), whatever servlet the request is for: 5 % of Medvirk's CPU per message case, most of
 * it for the engine's REST API, which is not Spring MVC's. Medvirk's security chains match paths as written
 * ({@link PathPatternRequestMatcherBuilderFactoryBean}, Spring Security 7's default, where the lookup is gone), so
 * nothing reads what the lookup found; this puts the chain back as Spring Security built it, firewall and all.
 */
final class SecurityChainsAsWritten implements BeanFactoryPostProcessor {

    private static final String CHAIN = AbstractSecurityWebApplicationInitializer.DEFAULT_FILTER_NAME;
    private static final String WRAPPER = "WebMvcSecurityConfiguration$CompositeFilterChainProxy";
    private static final String LOOKUP = "WebMvcSecurityConfiguration$HandlerMappingIntrospectorCacheFilterFactoryBean";

    /** Runs after every registry post-processor, so after Spring Security has wrapped the chain. */
    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        if (!(beanFactory instanceof BeanDefinitionRegistry registry) || !registry.containsBeanDefinition(CHAIN)) {
            return;
        }
        BeanDefinition wrapper = registry.getBeanDefinition(CHAIN);
        if (!String.valueOf(wrapper.getBeanClassName()).endsWith(WRAPPER)) {
            return;
        }
        ConstructorArgumentValues.ValueHolder filters = wrapper.getConstructorArgumentValues()
                .getIndexedArgumentValue(0, null);
        if (filters == null || !(filters.getValue() instanceof Iterable<?> wrapped)) {
            throw new IllegalStateException("Spring Security's filter chain is not wrapped as expected: " + wrapper);
        }
        BeanDefinition chain = null;
        for (Object filter : wrapped) {
            if (filter instanceof BeanDefinition definition
                    && !String.valueOf(definition.getBeanClassName()).endsWith(LOOKUP)) {
                chain = definition;
            }
        }
        if (chain == null) {
            throw new IllegalStateException("Spring Security's filter chain is not among what wraps it: " + wrapper);
        }
        registry.removeBeanDefinition(CHAIN);
        registry.registerBeanDefinition(CHAIN, chain);
    }
}
