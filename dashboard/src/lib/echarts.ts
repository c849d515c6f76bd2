import { BarChart, GaugeChart, HeatmapChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent, VisualMapComponent } from 'echarts/components';
import { use } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

// Only the chart types the dashboard draws, registered once.
use([LineChart, BarChart, HeatmapChart, GaugeChart, GridComponent, LegendComponent, TooltipComponent, VisualMapComponent, CanvasRenderer]);

export const axisText = { color: '#a9b7c6' };
