package il.gov.cal.security.web;

import il.gov.cal.security.identity.IssuerAndAudienceRequirement;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Stops a web application from starting when its bearer-token settings would let the edge screen
 * accept tokens that Liberty refuses ({@link IssuerAndAudienceRequirement}). Registered by the
 * jar's {@code META-INF/web-fragment.xml}, so the failure comes at start-up, naming the missing
 * setting, and not with the first request.
 */
public class IdentitySettingsCheck implements ServletContextListener {

  @Override
  public void contextInitialized(ServletContextEvent event) {
    IssuerAndAudienceRequirement.check(
        ConfigProvider.getConfig(event.getServletContext().getClassLoader()));
  }
}
