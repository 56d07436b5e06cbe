import { createRouter, createWebHistory } from 'vue-router';

export const router = createRouter({
  history: createWebHistory(),
  routes: [
    { path: '/', redirect: { name: 'calendar' } },
    { path: '/login', name: 'login', component: () => import('../auth/LoginPage.vue') },
    { path: '/forgot-password', name: 'forgot-password', component: () => import('../account/ForgotPasswordPage.vue') },
    { path: '/invite/:token', name: 'invite', component: () => import('../account/AcceptInvitationPage.vue') },
    { path: '/reset-password/:token', name: 'reset-password', component: () => import('../account/ResetPasswordPage.vue') },
    { path: '/account', name: 'account', component: () => import('../account/AccountPage.vue') },
    // the calendar and its heavy FullCalendar parts load only when needed
    { path: '/calendar', name: 'calendar', component: () => import('../calendar/CalendarPage.vue') },
    { path: '/mo', name: 'public-organizations', component: () => import('../public/PublicOrganizationsPage.vue') },
    { path: '/mo/:shortName', name: 'public-organization', component: () => import('../public/PublicOrganizationPage.vue') },
    // the address German law and the e-mails name, in every language
    { path: '/datenschutz', name: 'privacy', component: () => import('../privacy/PrivacyPage.vue') },
    { path: '/find', name: 'find', component: () => import('../finding/FindRoomPage.vue') },
    { path: '/reports', name: 'reports', component: () => import('../reports/ReportsPage.vue') },
    { path: '/fairness', name: 'fairness', component: () => import('../reports/FairnessPage.vue') },
    { path: '/my-bookings', name: 'my-bookings', component: () => import('../finding/MyBookingsPage.vue') },
    // the room's QR code on the wall display opens the booking in the room, to check in (issue 29)
    { path: '/check-in/:bookingId', name: 'check-in', component: () => import('../check-in/CheckInPage.vue') },
    { path: '/coaching', name: 'coaching', component: () => import('../coaching/CoachingPage.vue') },
    { path: '/coaching/:id', name: 'coaching-request', component: () => import('../coaching/CoachingRequestPage.vue') },
    { path: '/network', name: 'network', component: () => import('../network/NetworkPage.vue') },
    // before /network/:id, so "proposals" is not read as a meeting's id
    { path: '/network/proposals', name: 'network-proposals', component: () => import('../network/ProposalsPage.vue') },
    { path: '/network/:id', name: 'network-meeting', component: () => import('../network/MeetingPage.vue') },
    {
      path: '/admin',
      component: () => import('../admin/AdminPage.vue'),
      children: [
        { path: '', name: 'admin', redirect: { name: 'admin-houses' } },
        { path: 'houses', name: 'admin-houses', component: () => import('../admin/HousesAdmin.vue') },
        { path: 'organizations', name: 'admin-organizations', component: () => import('../admin/OrganizationsAdmin.vue') },
        { path: 'people', name: 'admin-people', component: () => import('../admin/PeopleAdmin.vue') },
        { path: 'requests', name: 'admin-requests', component: () => import('../approval/RequestsAdmin.vue') },
        { path: 'coaching', name: 'admin-coaching', component: () => import('../admin/coaching/CoachingAdmin.vue') },
        { path: 'network', name: 'admin-network', component: () => import('../admin/network/NetworkAdmin.vue') },
        { path: 'audit', name: 'admin-audit', component: () => import('../admin/AuditAdmin.vue') },
      ],
    },
    { path: '/display/:locationId?', name: 'display', component: () => import('../display/DisplayPage.vue'), meta: { bare: true } },
    { path: '/:pathMatch(.*)*', redirect: { name: 'calendar' } },
  ],
});
