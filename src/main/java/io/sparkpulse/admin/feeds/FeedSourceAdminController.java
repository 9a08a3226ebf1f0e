package io.sparkpulse.admin.feeds;

import java.util.Arrays;
import java.util.List;

import io.sparkpulse.admin.Outcome;
import io.sparkpulse.admin.users.SignedInEditor;
import io.sparkpulse.admin.web.FormOutcomes;
import io.sparkpulse.admin.web.Option;
import io.sparkpulse.ingest.FeedKind;
import jakarta.validation.Valid;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class FeedSourceAdminController {

	private final FeedSourceEditing editing;

	FeedSourceAdminController(FeedSourceEditing editing) {
		this.editing = editing;
	}

	@GetMapping("/admin/products/{productId}/feeds")
	String list(@PathVariable long productId, Model model) {
		model.addAttribute("form", FeedSourceForm.empty());
		return listPage(productId, model);
	}

	@PostMapping("/admin/products/{productId}/feeds")
	String add(@PathVariable long productId, @Valid @ModelAttribute("form") FeedSourceForm form, BindingResult errors,
			Model model, RedirectAttributes flash, @AuthenticationPrincipal SignedInEditor editor) {
		if (errors.hasErrors()) {
			return listPage(productId, model);
		}
		return FormOutcomes.next(this.editing.add(productId, form.draft(), editor.actor()), errors, model, flash,
				feedsOf(productId), () -> listPage(productId, model));
	}

	@GetMapping("/admin/feeds/{id}")
	String edit(@PathVariable long id, Model model) {
		FeedSourceEditing.Source source = this.editing.source(id);
		model.addAttribute("form", FeedSourceForm.of(source.row().source()));
		return editPage(source, model);
	}

	@PostMapping("/admin/feeds/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") FeedSourceForm form, BindingResult errors,
			Model model, RedirectAttributes flash, @AuthenticationPrincipal SignedInEditor editor) {
		FeedSourceEditing.Source source = this.editing.source(id);
		if (errors.hasErrors()) {
			return editPage(source, model);
		}
		return FormOutcomes.next(this.editing.update(id, form.draft(), editor.actor()), errors, model, flash,
				feedsOf(source.product().id()), () -> editPage(source, model));
	}

	@PostMapping("/admin/feeds/{id}/remove")
	String remove(@PathVariable long id, RedirectAttributes flash, @AuthenticationPrincipal SignedInEditor editor) {
		long productId = this.editing.source(id).product().id();
		return FormOutcomes.afterAction(this.editing.remove(id, editor.actor()), flash, feedsOf(productId));
	}

	@PostMapping("/admin/feeds/{id}/fetch")
	String fetchNow(@PathVariable long id, RedirectAttributes flash, @AuthenticationPrincipal SignedInEditor editor) {
		long productId = this.editing.source(id).product().id();
		Outcome outcome = this.editing.fetchSoon(id, editor.actor());
		return FormOutcomes.afterAction(outcome, flash, feedsOf(productId));
	}

	private String listPage(long productId, Model model) {
		model.addAttribute("feeds", this.editing.feedsOf(productId));
		model.addAttribute("kinds", kinds());
		return "admin/feeds/list";
	}

	private String editPage(FeedSourceEditing.Source source, Model model) {
		model.addAttribute("source", source);
		model.addAttribute("kinds", kinds());
		return "admin/feeds/form";
	}

	private static String feedsOf(long productId) {
		return "/admin/products/" + productId + "/feeds";
	}

	private static List<Option> kinds() {
		return Arrays.stream(FeedKind.values()).map((kind) -> new Option(kind.name(), kind.label())).toList();
	}

}
