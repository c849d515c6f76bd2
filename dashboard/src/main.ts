import { createPinia } from 'pinia';
import { createApp } from 'vue';
import App from './App.vue';
import { createVigilRouter } from './router';
import './styles.css';

const app = createApp(App);
app.use(createPinia());
app.use(createVigilRouter());
app.mount('#app');
