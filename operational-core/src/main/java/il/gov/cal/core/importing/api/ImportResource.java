package il.gov.cal.core.importing.api;

import il.gov.cal.core.CoreRoles;
import il.gov.cal.core.importing.job.ImportJob;
import il.gov.cal.core.importing.job.ImportJobs;
import il.gov.cal.core.importing.job.IssuerFileImports;
import il.gov.cal.core.importing.job.Rejection;
import il.gov.cal.core.tenancy.CallerTenant;
import il.gov.cal.security.problem.BadRequest;
import il.gov.cal.security.problem.DomainRuleViolation;
import il.gov.cal.security.problem.NotFound;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.OptionalLong;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;

/** Uploads issuer files and reports their imports. */
@Path("/imports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ImportResource {

  /** How many rejected records {@code GET /imports/{id}} embeds. */
  public static final int EMBEDDED_REJECTIONS = 100;

  private static final int MAX_PAGE = 1000;

  @Inject private IssuerFileImports importer;
  @Inject private ImportJobs imports;
  @Inject private CallerTenant caller;

  /**
   * Uploads a file as the raw request body; 202 with the new import's location, or 200 with the
   * earlier import when the {@code Idempotency-Key} was already used for the same content.
   */
  @RolesAllowed({CoreRoles.ISSUER_SYSTEM})
  @POST
  @Consumes({"text/tab-separated-values", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
  @RequestBody(required = true, description = "The issuer file (VCF 4.0) as sent by the issuer")
  public Response upload(
      InputStream body,
      @QueryParam("name") @DefaultValue("upload.tsv") String name,
      @HeaderParam("Idempotency-Key") String idempotencyKey)
      throws IOException {
    return receive(name, body, idempotencyKey);
  }

  /** Uploads a file as the {@code file} part of a multipart form; answers as {@link #upload}. */
  @RolesAllowed({CoreRoles.ISSUER_SYSTEM})
  @POST
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @RequestBody(required = true, description = "A form whose file part is the issuer file")
  public Response uploadForm(
      @FormParam("file") EntityPart file, @HeaderParam("Idempotency-Key") String idempotencyKey)
      throws IOException {
    if (file == null) {
      throw BadRequest.ofField("import.file-missing", "file", "the form has no file part");
    }
    try (InputStream content = file.getContent()) {
      return receive(file.getFileName().orElse("upload.tsv"), content, idempotencyKey);
    }
  }

  /** The import's state, counters, failure and first rejected records. */
  @RolesAllowed({CoreRoles.ISSUER_SYSTEM})
  @GET
  @Path("/{id}")
  public ImportView get(@PathParam("id") long id) {
    ImportJob job = visible(id);
    List<Rejection> first = imports.rejections(id, 0, EMBEDDED_REJECTIONS + 1);
    String next = null;
    if (first.size() > EMBEDDED_REJECTIONS) {
      first = first.subList(0, EMBEDDED_REJECTIONS);
      next = rejectionsLink(id, first.get(first.size() - 1).line(), EMBEDDED_REJECTIONS);
    }
    return ImportView.of(job, first, next);
  }

  /** The import's rejected records after line {@code after}, at most {@code limit}. */
  @RolesAllowed({CoreRoles.ISSUER_SYSTEM})
  @GET
  @Path("/{id}/rejections")
  public RejectionPage rejections(
      @PathParam("id") long id,
      @QueryParam("after") @DefaultValue("0") int after,
      @QueryParam("limit") @DefaultValue("100") int limit) {
    if (limit < 1 || limit > MAX_PAGE) {
      throw BadRequest.ofField("import.invalid-limit", "limit", "must be 1 to " + MAX_PAGE);
    }
    visible(id);
    List<Rejection> page = imports.rejections(id, after, limit + 1);
    String next = null;
    if (page.size() > limit) {
      page = page.subList(0, limit);
      next = rejectionsLink(id, page.get(page.size() - 1).line(), limit);
    }
    return new RejectionPage(page.stream().map(ImportView.RejectionView::of).toList(), next);
  }

  private Response receive(String name, InputStream content, String idempotencyKey)
      throws IOException {
    if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.length() > 100)) {
      throw BadRequest.ofField(
          "idempotency.invalid-key", "Idempotency-Key", "must be 1 to 100 characters");
    }
    IssuerFileImports.Receipt receipt;
    try {
      receipt = importer.receive(fileName(name), content, idempotencyKey);
    } catch (IssuerFileImports.KeyReused e) {
      throw new DomainRuleViolation(
          "idempotency.key-reused", "This Idempotency-Key was used to upload another file");
    }
    ImportJob job = receipt.job();
    // Relative to the application's base URI: the response carries /core/imports/{id} absolute.
    URI location = URI.create("imports/" + job.id());
    ImportView view = ImportView.of(job, List.of(), null);
    if (receipt.created()) {
      return Response.accepted(view).location(location).build();
    }
    return Response.ok(view).location(location).header("Idempotency-Replayed", "true").build();
  }

  private ImportJob visible(long id) {
    ImportJob job = imports.find(id).orElseThrow(() -> NotFound.byId("import", id));
    OptionalLong organisation = callerOrganisation();
    if (organisation.isPresent()
        && job.organisationId() != null
        && job.organisationId() != organisation.getAsLong()) {
      throw NotFound.byId("import", id);
    }
    return job;
  }

  private OptionalLong callerOrganisation() {
    return caller.find();
  }

  private static String fileName(String name) {
    String base = name.replaceAll("^.*[/\\\\]", "").strip();
    if (base.isEmpty()) {
      return "upload.tsv";
    }
    return base.length() > 255 ? base.substring(0, 255) : base;
  }

  private static String rejectionsLink(long id, int afterLine, int limit) {
    return "/core/imports/" + id + "/rejections?after=" + afterLine + "&limit=" + limit;
  }
}
