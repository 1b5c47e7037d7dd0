#include "automation.h"

namespace isnad::web {

void AutomationRecorder::record_frame(float cpu_ms) {
  if (frame_cpu_ms.size() >= 256) frame_cpu_ms.erase(frame_cpu_ms.begin());
  frame_cpu_ms.push_back(cpu_ms);
  ++frames_drawn;
}

}  // namespace isnad::web
