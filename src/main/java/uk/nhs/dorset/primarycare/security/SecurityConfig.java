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
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
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
 * Form sign-in at /login through Vaadin's configurer, behind the sign-in throttle; every request
 * of a signed-in session checked by the {@link SessionGuard}; the browser's own protections in
 * the headers ({@link SecurityHeaders}). Method security is what protects data: every service method names the roles it
 * allows, whatever the views show.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity(jsr250Enabled = true)
class SecurityConfig {

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
                                            SessionStamps stamps,
                                            @Value("${hub.session.idle-timeout:30m}") Duration idleTimeout) throws Exception {
        http.authorizeHttpRequests(auth -> auth.requestMatchers("/styles.css", "/images/**").permitAll());
        SecurityContextHolderStrategy security = strategy.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
        // Idle time is real time: the business clock may start on the demo's day or be held by a test.
        http.addFilterBefore(new SessionGuard(security, stamps, Clock.systemUTC(), idleTimeout), AnonymousAuthenticationFilter.class);
        // Any other address a signed-in user asks for reaches the app, which answers an unknown
        // one with its own "page not found" (404) inside the menu, not an empty 403.
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)
                .anyRequest(request -> request.authenticated())).build();
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
    AuthenticationProvider authenticationProvider(UserDetailsService users, PasswordEncoder encoder, SignInThrottle throttle) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
        passwords.setPasswordEncoder(encoder);
        return new ThrottledSignIn(passwords, throttle);
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
