package io.sparkpulse.admin.products;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.sparkpulse.admin.web.MergingForm;
import io.sparkpulse.admin.web.WebUrl;
import io.sparkpulse.catalog.EditableProduct;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The product form as the browser sends it. The slug is only read when a product is
 * created: it may be left empty to derive it from the name, and never changes afterwards.
 */
public class ProductForm extends MergingForm {

	private static final Map<String, String> LABELS = Map.of("name", "Name", "sectorId", "Sector", "headline",
			"Headline", "summary", "Summary", "websiteUrl", "Website", "repositoryUrl", "Source repository", "themes",
			"Themes");

	@Size(max = 60, message = "Slug: keep this to 60 characters.")
	@Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*",
			message = "Slug: use lower-case letters, digits and single dashes, like “my-product”.")
	private String slug;

	@NotBlank(message = "Name: enter the product’s name.")
	@Size(max = 80, message = "Name: keep this to 80 characters.")
	private String name;

	@NotNull(message = "Sector: choose a sector.")
	private Long sectorId;

	@NotBlank(message = "Headline: enter one line on what the product is.")
	@Size(max = 160, message = "Headline: keep this to 160 characters.")
	private String headline;

	@Size(max = 2000, message = "Summary: keep this to 2,000 characters.")
	private String summary;

	@Size(max = 500, message = "Website: keep this to 500 characters.")
	@WebUrl(message = "Website: enter a full address starting with https:// (or http://).")
	private String websiteUrl;

	@Size(max = 500, message = "Source repository: keep this to 500 characters.")
	@WebUrl(message = "Source repository: enter a full address starting with https:// (or http://).")
	private String repositoryUrl;

	@Size(max = 1500, message = "Themes: keep this to 1,500 characters.")
	private String themes;

	/**
	 * The new themes the editor ticked to create with this save.
	 */
	private List<String> newThemes = new ArrayList<>();

	static ProductForm of(EditableProduct product) {
		ProductForm form = new ProductForm();
		form.slug = product.slug();
		form.name = product.name();
		form.sectorId = product.sectorId();
		form.headline = product.headline();
		form.summary = product.summary();
		form.websiteUrl = product.websiteUrl();
		form.repositoryUrl = product.repositoryUrl();
		form.themes = ThemeList.format(product.themes());
		form.setVersion(product.version());
		form.rememberOriginal();
		return form;
	}

	@Override
	public Map<String, String> fieldValues() {
		Map<String, String> values = new LinkedHashMap<>();
		values.put("name", text(this.name));
		values.put("sectorId", (this.sectorId != null) ? String.valueOf(this.sectorId) : "");
		values.put("headline", text(this.headline));
		values.put("summary", text(this.summary));
		values.put("websiteUrl", text(this.websiteUrl));
		values.put("repositoryUrl", text(this.repositoryUrl));
		values.put("themes", ThemeList.format(ThemeList.parse(this.themes)));
		return values;
	}

	@Override
	public void setFieldValue(String field, String value) {
		switch (field) {
			case "name" -> this.name = value;
			case "sectorId" -> this.sectorId = sectorIdOf(value);
			case "headline" -> this.headline = value;
			case "summary" -> this.summary = value;
			case "websiteUrl" -> this.websiteUrl = value.isEmpty() ? null : value;
			case "repositoryUrl" -> this.repositoryUrl = value.isEmpty() ? null : value;
			case "themes" -> this.themes = value;
			default -> throw new IllegalArgumentException("no field " + field);
		}
	}

	@Override
	public String fieldLabel(String field) {
		return LABELS.getOrDefault(field, field);
	}

	private Long sectorIdOf(String value) {
		try {
			return value.isEmpty() ? null : Long.valueOf(value);
		}
		catch (NumberFormatException ex) {
			return this.sectorId;
		}
	}

	private static String text(String value) {
		return (value != null) ? value : "";
	}

	ProductDraft draft() {
		return new ProductDraft(this.slug, this.name, this.sectorId, this.headline,
				(this.summary != null) ? this.summary : "", this.websiteUrl, this.repositoryUrl,
				ThemeList.parse(this.themes), getVersion());
	}

	public String getSlug() {
		return this.slug;
	}

	public void setSlug(String slug) {
		this.slug = slug;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public Long getSectorId() {
		return this.sectorId;
	}

	public void setSectorId(Long sectorId) {
		this.sectorId = sectorId;
	}

	public String getHeadline() {
		return this.headline;
	}

	public void setHeadline(String headline) {
		this.headline = headline;
	}

	public String getSummary() {
		return this.summary;
	}

	public void setSummary(String summary) {
		this.summary = summary;
	}

	public String getWebsiteUrl() {
		return this.websiteUrl;
	}

	public void setWebsiteUrl(String websiteUrl) {
		this.websiteUrl = websiteUrl;
	}

	public String getRepositoryUrl() {
		return this.repositoryUrl;
	}

	public void setRepositoryUrl(String repositoryUrl) {
		this.repositoryUrl = repositoryUrl;
	}

	public String getThemes() {
		return this.themes;
	}

	public void setThemes(String themes) {
		this.themes = themes;
	}

	public List<String> getNewThemes() {
		return this.newThemes;
	}

	public void setNewThemes(List<String> newThemes) {
		this.newThemes = (newThemes != null) ? newThemes : new ArrayList<>();
	}

}
