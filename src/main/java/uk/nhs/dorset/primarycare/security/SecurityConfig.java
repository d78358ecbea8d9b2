package uk.nhs.dorset.primarycare.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import uk.nhs.dorset.primarycare.security.ui.LoginView;

/**
 * Form sign-in at /login through Vaadin's configurer, behind the sign-in throttle, and single
 * sign-on through the organisation's OpenID Connect provider when one is set ({@link SsoSettings});
 * every request
 * of a signed-in session checked by the {@link SessionGuard}; the browser's own protections in
 * the headers ({@link SecurityHeaders}). Method security ({@link ServiceMethodSecurity}) is what protects data: every
 * service method names the roles it allows, whatever the views show.
 */
@Configuration
@EnableWebSecurity
class SecurityConfig {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(SecurityConfig.class);

    /**
     * What the pages may load. Vaadin's client runs the scripts the server sends it
     * ({@code 'unsafe-eval'}), its bootstrap page has inline scripts, and its components set
     * inline styles; everything else comes from the application itself.
     */
    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, ObjectProvider<SecurityContextHolderStrategy> strategy,
                                            SessionStamps stamps, SsoSettings sso,
                                            ObjectProvider<ClientRegistrationRepository> registrations,
                                            ObjectProvider<ProviderAccounts> accounts,
                                            @Value("${hub.session.idle-timeout:30m}") Duration idleTimeout) throws Exception {
        http.authorizeHttpRequests(auth -> auth.requestMatchers("/styles.css", "/images/**").permitAll());
        SecurityContextHolderStrategy security = strategy.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
        // Idle time is real time: the business clock may start on the demo's day or be held by a test.
        http.addFilterBefore(new SessionGuard(security, stamps, Clock.systemUTC(), idleTimeout), AnonymousAuthenticationFilter.class);
        // Any other address a signed-in user asks for reaches the app, which answers an unknown
        // one with its own "page not found" (404) inside the menu, not an empty 403.
        ClientRegistrationRepository provider = registrations.getIfAvailable();
        if (provider != null) {
            SimpleUrlAuthenticationFailureHandler refused = new SimpleUrlAuthenticationFailureHandler(LOGIN + "?error") {
                @Override
                public void onAuthenticationFailure(jakarta.servlet.http.HttpServletRequest request,
                                                    jakarta.servlet.http.HttpServletResponse response,
                                                    org.springframework.security.core.AuthenticationException exception)
                        throws java.io.IOException, jakarta.servlet.ServletException {
                    log.warn("A sign-in through the provider was refused: {}", exception.getMessage());
                    super.onAuthenticationFailure(request, response, exception);
                }
            };
            http.oauth2Login(oauth -> oauth.loginPage(LOGIN).failureHandler(refused)
                    .userInfoEndpoint(info -> info.oidcUserService(new HubOidcUserService(accounts.getObject()))));
        }
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> {
            if (sso.localSignIn()) {
                vaadin.loginView(LoginView.class);
            } else {
                // No password form at all: a posted username and password reach no sign-in filter.
                vaadin.oauth2LoginPage(LOGIN);
            }
            if (provider != null) {
                vaadin.logoutSuccessHandler(endingTheProviderSession(provider));
            }
            vaadin.anyRequest(request -> request.authenticated());
        }).build();
    }

    static final String LOGIN = "/login";

    /**
     * Signing out of a session opened through the provider ends the provider's session too
     * (RP-initiated logout, with the ID token as the hint) and comes back to the application;
     * a local account's sign-out goes to the application's start, as before.
     */
    private static LogoutSuccessHandler endingTheProviderSession(ClientRegistrationRepository provider) {
        OidcClientInitiatedLogoutSuccessHandler handler = new OidcClientInitiatedLogoutSuccessHandler(provider);
        handler.setPostLogoutRedirectUri("{baseUrl}");
        handler.setDefaultTargetUrl("/");
        return handler;
    }

    /**
     * The browser protections go on every answer, written before anything else runs: the
     * security chain writes its headers only when a response commits, which is after Vaadin has
     * already chosen its own X-Frame-Options, and static resources never pass through it.
     */
    @Bean
    FilterRegistrationBean<SecurityHeaders> securityHeaders() {
        FilterRegistrationBean<SecurityHeaders> registration = new FilterRegistrationBean<>(new SecurityHeaders(CONTENT_SECURITY_POLICY));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.addUrlPatterns("/*");
        return registration;
    }

    @Bean
    AuthenticationProvider authenticationProvider(UserDetailsService users, PasswordEncoder encoder, SignInThrottle throttle,
                                                  SsoSettings sso) {
        if (!sso.localSignIn()) {
            // Whatever reaches the authentication manager with a password is refused.
            return new ThrottledSignIn(new AuthenticationProvider() {
                @Override
                public org.springframework.security.core.Authentication authenticate(org.springframework.security.core.Authentication password) {
                    throw new BadCredentialsException("Local sign-in is switched off");
                }

                @Override
                public boolean supports(Class<?> authentication) {
                    return true;
                }
            }, throttle);
        }
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
        passwords.setPasswordEncoder(encoder);
        return new ThrottledSignIn(passwords, throttle);
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
