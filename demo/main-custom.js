// The custom-framework demo page: the widget from source, as on the main demo.
import '../src/collab-checklist.ts';
