from django.http import HttpResponse
from django.views.decorators.http import require_safe


@require_safe
def benchmark_ceiling(request):
    """The cheapest Django view, through the full middleware stack: the benchmark's ceiling.
    Mounted only when BENCHMARK_CEILING is on."""
    return HttpResponse("ok\n", content_type="text/plain")
