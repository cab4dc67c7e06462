package il.gov.cal.core.audit;

import il.gov.cal.core.importing.api.ImportView;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;

/**
 * Records every issuer-file upload ({@code POST /imports}) once its answer is known: accepted (2xx)
 * as a success naming the import, refused by a rule (409, 422) as a failure, 403 as denied. Written
 * after the upload's own transaction, in one of its own.
 */
@Provider
public class ImportUploadAudit implements ContainerResponseFilter {

  private static final String ACTION = "import.upload";

  @Inject private Audit audit;

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    String path = request.getUriInfo().getPath().replaceAll("^/+|/+$", "");
    if (!"POST".equals(request.getMethod()) || !path.equals("imports")) {
      return;
    }
    int status = response.getStatus();
    if (status < 300) {
      Object id = response.getEntity() instanceof ImportView view ? view.id() : null;
      audit.succeeded(ACTION, "import", id);
    } else if (status == 403) {
      audit.denied(ACTION, "import", null);
    } else if (status == 409 || status == 422) {
      audit.failed(ACTION, "import", null);
    }
  }
}
