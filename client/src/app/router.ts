import { createRouter, createWebHistory } from 'vue-router';

export const router = createRouter({
  history: createWebHistory(),
  routes: [
    { path: '/', redirect: { name: 'calendar' } },
    { path: '/login', name: 'login', component: () => import('../auth/LoginPage.vue') },
    // the calendar and its heavy FullCalendar parts load only when needed
    { path: '/calendar', name: 'calendar', component: () => import('../calendar/CalendarPage.vue') },
    { path: '/display/:locationId?', name: 'display', component: () => import('../display/DisplayPage.vue'), meta: { bare: true } },
    { path: '/:pathMatch(.*)*', redirect: { name: 'calendar' } },
  ],
});
