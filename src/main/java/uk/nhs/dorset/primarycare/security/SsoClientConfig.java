package uk.nhs.dorset.primarycare.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.util.StringUtils;

/**
 * The application's registration with the organisation's provider, read from the provider's
 * own discovery document at start-up (its endpoints, keys and sign-out address), so any
 * standard OpenID Connect provider works from its issuer address alone. None without an issuer.
 */
@Configuration
@Conditional(SsoClientConfig.IssuerSet.class)
class SsoClientConfig {

    @Bean
    ClientRegistrationRepository clientRegistrations(SsoSettings settings) {
        ClientRegistration registration = ClientRegistrations.fromIssuerLocation(settings.issuer())
                .registrationId(SsoSettings.REGISTRATION)
                .clientName(settings.providerName())
                .clientId(settings.clientId())
                .clientSecret(settings.clientSecret())
                .scope(settings.scopes())
                .build();
        return new InMemoryClientRegistrationRepository(registration);
    }

    /** Single sign-on is on when an issuer is set: an empty setting is not an issuer. */
    static final class IssuerSet implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return StringUtils.hasText(context.getEnvironment().getProperty("hub.sso.issuer"));
        }
    }
}
