package uk.nhs.dorset.primarycare.security;

import com.vaadin.flow.component.Component;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.lang.annotation.Annotation;
import org.springframework.aop.Advisor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.aop.Pointcut;
import org.springframework.aop.support.ComposablePointcut;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.security.authorization.method.AuthorizationInterceptorsOrder;
import org.springframework.security.authorization.method.AuthorizationManagerBeforeMethodInterceptor;
import org.springframework.security.authorization.method.Jsr250AuthorizationManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Method security on {@code @RolesAllowed}, {@code @PermitAll} and {@code @DenyAll}, as Spring
 * Security's JSR-250 support does, for every bean except Vaadin components. A view's
 * {@code @RolesAllowed} is checked by Vaadin's navigation access control before the view is
 * built; proxying each new view instance for method security as well guarded nothing more, and
 * matching the advisor against a component's hundreds of methods on every navigation was about
 * 40% of the time to open a page.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class ServiceMethodSecurity {

    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor rolesAllowedOnServices(ObjectProvider<SecurityContextHolderStrategy> strategy) {
        Pointcut annotated = onClassOrMethod(RolesAllowed.class)
                .union(onClassOrMethod(PermitAll.class))
                .union(onClassOrMethod(DenyAll.class))
                .intersection(type -> !Component.class.isAssignableFrom(type));
        AuthorizationManagerBeforeMethodInterceptor interceptor =
                new AuthorizationManagerBeforeMethodInterceptor(annotated, new Jsr250AuthorizationManager());
        interceptor.setOrder(AuthorizationInterceptorsOrder.JSR250.getOrder());
        // Vaadin's strategy, which work started in the background inherits the signed-in user through.
        interceptor.setSecurityContextHolderStrategy(new DeferredStrategy(strategy));
        return interceptor;
    }

    /** Looked up when first used: the strategy bean is made after the infrastructure advisors. */
    private record DeferredStrategy(ObjectProvider<SecurityContextHolderStrategy> provider) implements SecurityContextHolderStrategy {
        private SecurityContextHolderStrategy strategy() {
            return provider.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
        }

        @Override
        public void clearContext() {
            strategy().clearContext();
        }

        @Override
        public SecurityContext getContext() {
            return strategy().getContext();
        }

        @Override
        public void setContext(SecurityContext context) {
            strategy().setContext(context);
        }

        @Override
        public SecurityContext createEmptyContext() {
            return strategy().createEmptyContext();
        }
    }

    private static ComposablePointcut onClassOrMethod(Class<? extends Annotation> annotation) {
        return new ComposablePointcut(new AnnotationMatchingPointcut(annotation, true))
                .union(new AnnotationMatchingPointcut(null, annotation, true));
    }
}
