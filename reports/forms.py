from wagtail.admin.forms import WagtailAdminPageForm


class AnnualReportPageForm(WagtailAdminPageForm):
    """One annual report per year in a library. Checked here because the form knows the parent
    page also when a new report is added (the model's clean() does not)."""

    def clean(self):
        cleaned_data = super().clean()
        year = cleaned_data.get("report_year")
        if year and self.parent_page is not None:
            reports = type(self.instance).objects.child_of(self.parent_page)
            if reports.filter(report_year=year).exclude(pk=self.instance.pk).exists():
                self.add_error("report_year", f"Det finnes allerede en årsrapport for {year}.")
        return cleaned_data
